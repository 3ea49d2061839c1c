from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((F.add_months(col("dt"), col("i")) == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c1"), (col("i") / F.nullif(col("d"), lit(0))).alias("c2"))
OUTPUT_MODE = "append"
