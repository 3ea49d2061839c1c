from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(CAST(j AS DOUBLE) > m)").alias("c1"), F.when((col("i") > lit(-1)), col("t")).otherwise(col("t")).rlike("^[A-Z]"), expr("(0 - i) AS c3"), expr("round((n + i), 2) AS c4"))
OUTPUT_MODE = "append"
