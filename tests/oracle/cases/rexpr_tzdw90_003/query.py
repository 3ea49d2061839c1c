spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, i INT, m DECIMAL(10,2), j INT, s STRING, n DECIMAL(9,5), ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.where(F.coalesce(F.isnan(col("d")), lit(True))).groupBy(F.nvl2(lit("o"), lit(100.0), lit(100.0)).alias("k1")).agg(F.sum(F.when(F.nullif(col("m"), expr("-3.10")).isin(expr("-3.10"), expr("0.5"), expr("0.5")), F.weekofyear(F.trunc(col("dt"), "yy"))).otherwise(lit(0))).alias("a1"), F.datediff(F.max(F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd")), F.min(F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd"))).alias("a2"), expr("round(avg(round((id - d), -1)), 2) AS a3"), expr("avg(CASE WHEN (try_multiply(d, d) = m) THEN id ELSE 3L END) AS a4"))
OUTPUT_MODE = "update"
