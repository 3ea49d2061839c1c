from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, i INT, l BIGINT, d DOUBLE, m DECIMAL(7,2)").load(INPUT)
fmts = ["999", "000D00", "S9,999.99", "$99.9", "9999MI", "999PR", ".99", "0000", "99G999", "9.9S"]
result = df.select("id", F.to_char("m", F.lit("999.99")), F.to_varchar("i", F.lit("9999")), F.expr("to_char(l, '99,999,999')").alias("lc"),
    *[F.to_char("m", F.lit(f)).alias("m%d" % k) for k, f in enumerate(fmts)], F.to_char("i", F.lit("S0000")).alias("ic"))
OUTPUT_MODE = "append"
