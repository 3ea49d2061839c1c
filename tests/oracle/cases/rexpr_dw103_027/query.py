from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.format_number(col("i"), 3).ilike("% %")).withColumn("c2", expr("greatest(CAST(NULL AS BIGINT), k, id)")).withColumn("c3", F.round(F.greatest((col("n") + col("n")), F.try_multiply(col("m"), lit(2)), (expr("100BD") + col("m"))), -1)).withColumn("c4", expr("TRY_CAST(d AS DECIMAL(6,3))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
