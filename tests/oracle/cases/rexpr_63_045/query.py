from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), d DOUBLE, dt DATE, s STRING, b BOOLEAN, n DECIMAL(9,5), t STRING, i INT, f FLOAT, ts TIMESTAMP, j INT").load(INPUT)
result = df.withColumn("c1", F.octet_length(F.concat(lit(None).cast("string"), F.when((col("f") > col("id")), col("t")).when(col("b"), col("t")).when(col("b"), col("s")).otherwise(col("s"))))).withColumn("c2", expr("CASE WHEN b THEN CAST(NULL AS DECIMAL(10,2)) WHEN b THEN m WHEN b THEN TRY_CAST(s AS DECIMAL(5,1)) ELSE m END")).withColumn("c3", F.round(lit(float("nan")), 3)).withColumn("c4", lit(None).cast("date").cast("string")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
