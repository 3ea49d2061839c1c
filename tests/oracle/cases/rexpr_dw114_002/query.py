from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.abs(col("m")) * col("d"))).withColumn("c2", ((col("m") % expr("10.5")) * col("m"))).withColumn("c3", expr("length(try_element_at(split(date_format(dt, 'a h:mm'), ' '), 1))")).withColumn("c4", expr("base64(concat(space(3), '2024-02-29'))")).select("id", "c1", "c2", "c3", "c4").filter((col("ts").cast("bigint").cast("boolean") | (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
