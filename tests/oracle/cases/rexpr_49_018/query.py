from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("TRY_CAST(s AS INT)"), expr("least(nullif(i, 2), CASE WHEN true THEN i END, ascii(s))").alias("c2"), expr("least(-2L, k)"), (col("i") + col("id")).alias("c4"))
OUTPUT_MODE = "append"
