from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.coalesce(col("b"), col("b"), lit(True)) | col("s").isNotNull())).select("id", expr("((CASE WHEN b THEN i WHEN b THEN 3 ELSE i END > 2) = true)").alias("c1"), F.date_add(col("dt"), col("i")), expr("pow(i, 3)"), expr("(m / nullif(i, 0)) AS c4"))
OUTPUT_MODE = "append"
