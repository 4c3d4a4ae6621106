// Nothing to compile: the module only declares libFuzzer's driver (see the header).
#include "CFuzzDriver.h"
