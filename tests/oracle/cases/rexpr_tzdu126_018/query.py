spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, m DECIMAL(10,2), ts TIMESTAMP, n DECIMAL(9,5), dt DATE, d DOUBLE, i INT, b BOOLEAN").json(INPUT)
result = df.groupBy("s").agg(F.count_if((~col("b"))).alias("a1"), expr("round(regr_sxx(i, length(CAST(make_dt_interval(i, 2, 3, 4.5) AS STRING))), 6) AS a2")).orderBy(col("a1").desc(), col("s").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
