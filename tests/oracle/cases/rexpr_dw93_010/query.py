from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(dt IS NOT NULL)").select("id", col("j").between(lit(2), lit(-1)).cast("decimal(20,0)").alias("c1"), expr("contains(base64(trim('abc')), ' ')").alias("c2"))
OUTPUT_MODE = "append"
