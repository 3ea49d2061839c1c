from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("b").cast("decimal(38,18)")).withColumn("c2", expr("(size(split('日本', '  *')) * 1)")).withColumn("s", expr("coalesce(substr(s, 1, 1), s, 'o')")).where("(t < '')")
OUTPUT_MODE = "append"
