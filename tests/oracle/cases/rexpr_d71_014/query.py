from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("id") != col("n")) | (col("j") != lit(0)))).select("id", expr("(startswith(concat_ws('', CAST(dt AS STRING), s), '') != (dt < DATE'2023-12-31'))").alias("c1"), F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS").alias("c2"), expr("(i % nullif(i, 0))").alias("c3")).filter("coalesce((c1 != false), true)")
OUTPUT_MODE = "append"
