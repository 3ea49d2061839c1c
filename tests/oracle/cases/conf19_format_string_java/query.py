from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("i INT, l BIGINT, d DOUBLE, s STRING, b BOOLEAN, dt DATE, t TINYINT").json(INPUT)
result = df.select(
    F.format_string("%x|%X|%o|%#x|%08x", "i", "i", "i", "i", "i").alias("hex"),
    F.format_string("%x|%,d|%+d|%(d|%08d|%-6d|", "l", "l", "l", "l", "i", "i").alias("ints"),
    F.format_string("%x %h", "t", "i").alias("tiny"),
    F.format_string("%010.2f|%,.2f|%+.1f|%e|%.3g|%g", "d", "d", "d", "d", "d", "d").alias("dbl"),
    F.format_string("%10.3s|%-8s|%S|%b|%B", "s", "s", "s", "b", "s").alias("str"),
    F.format_string("%2$s %1$s %<s %s", "s", "i").alias("idx"),
    F.format_string("%s %d", "dt", "dt").alias("date"),
    expr("printf('%c%c', 72, i % 50 + 60)").alias("chr"),
    expr("printf('%5s%%|%n', b)").alias("pct"))
OUTPUT_MODE = "append"
