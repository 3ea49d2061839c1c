from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("t").like("% %").alias("c1"), F.left(col("t"), lit(1)), expr("nullif(i, 10) AS c3")).filter((col("c3") > lit(0)))
OUTPUT_MODE = "append"
