from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("j") >= lit(5)) | col("t").isNotNull())).select("id", F.lower(F.concat(lit(0).cast("string"), col("t"))).alias("c1"), expr("format_string('%d%%', CASE WHEN b THEN i ELSE j END)").alias("c2")).where((F.isnull(lit(3.75)) | col("c1").isNull()))
OUTPUT_MODE = "append"
