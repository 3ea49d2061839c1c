spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.format_number((-F.nullif(F.months_between(col("dt"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), lit(0.001))), 2)).withColumn("c2", (col("i") + (lit(2) * ((col("id") % lit(10)) + col("id"))))).withColumn("c3", expr("bround(d, 1)")).withColumn("c4", expr("rpad(coalesce(concat_ws('|', t, t, s), substring(s, -3, 1), ''), 0, ' ')")).withColumn("c5", F.array_join(F.transform(F.split(F.rpad(col("s"), 6, "*"), " "), lambda x: F.reverse(x)), "")).filter(col("m").isNotNull())
OUTPUT_MODE = "append"
