from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.length(col("t"))).withColumn("c2", expr("isnull(regexp_replace(CAST(crc32(t) AS STRING), '[aeiou]', '*'))")).withColumn("c3", F.lpad(F.right(col("s"), lit(2)), 8, "é")).withColumn("c4", expr("s")).select("id", "c1", "c2", "c3", "c4").where((col("b") | (col("n") >= expr("12.345"))))
OUTPUT_MODE = "append"
