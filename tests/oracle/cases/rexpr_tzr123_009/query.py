spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CAST(timestamp_micros(i) AS STRING)").alias("k1")).agg(F.sort_array(F.collect_list(col("i"))).alias("a1"), expr("round(covar_samp(cosh(d / 100), shiftright(dayofweek(dt), 2)), 4)").alias("a2"))
OUTPUT_MODE = "update"
