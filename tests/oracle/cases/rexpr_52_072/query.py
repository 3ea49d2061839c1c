from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN b THEN dt WHEN (i IS NOT NULL) THEN dt WHEN b THEN dt ELSE to_date(ts) END AS c1"), F.nullif(F.greatest(col("m"), col("m")), lit(.5).cast("decimal(2,1)")).alias("c2")).where((col("id").isNotNull() | col("id").isNull()))
OUTPUT_MODE = "append"
