from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(CAST(id AS BOOLEAN) OR ((n = 0.001) IS NULL))").select("id", expr("CASE nullif(t, ' ') WHEN 'a' THEN CASE WHEN (f IS NOT NULL) THEN i WHEN b THEN i END END").alias("c1"), expr("round(d, i) AS c2"), expr("(i - abs(f))").alias("c3"))
OUTPUT_MODE = "append"
