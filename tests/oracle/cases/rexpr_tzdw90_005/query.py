spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(b, true)").select("id", expr("isnan(least(nvl2(d, 0.001D, CAST('NaN' AS DOUBLE)), (- cbrt(d))))").alias("c1"), expr("(m / nullif(99.99, 0))").alias("c2"))
OUTPUT_MODE = "append"
