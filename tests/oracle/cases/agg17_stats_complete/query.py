from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("g STRING, x DOUBLE, y DOUBLE, i BIGINT, s STRING").load(INPUT)
result = df.groupBy("g").agg(F.skewness("x").alias("sk"), F.kurtosis("x").alias("ku"), F.stddev_samp("x").alias("sd"),
    F.var_samp("y").alias("vs"), F.bit_and("i").alias("ba"), F.bit_or("i").alias("bo"), F.bit_xor("i").alias("bx"),
    F.try_sum("i").alias("ts"), F.try_avg("x").alias("ta"), F.expr("string_agg(s, ',')").alias("sa"), F.mode("i").alias("mo"))
OUTPUT_MODE = "complete"
