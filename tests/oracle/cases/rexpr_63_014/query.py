from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("sqrt(nvl(d, 0.001D))"), (col("id") / F.nullif(col("i"), lit(0))).alias("c2")).filter("coalesce(isnan(d), true)")
OUTPUT_MODE = "append"
