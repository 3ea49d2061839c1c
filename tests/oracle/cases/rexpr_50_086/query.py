from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, f FLOAT, j INT, s STRING, m DECIMAL(12,4), b BOOLEAN, d DOUBLE, i INT, dt DATE").load(INPUT)
result = df.select("id", col("d").try_cast("decimal(12,2)").alias("c1"), expr("log(10, (m - f))").alias("c2")).where("(f <> 3.75D)")
OUTPUT_MODE = "append"
