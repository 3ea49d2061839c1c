from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("d") <= col("m")) | (col("s") <= lit("é")))).selectExpr("id", "least(ts, ts) AS c1", "TRY_CAST(btrim(nullif(t, 'Hello')) AS INT) AS c2", "to_date(date_format(CASE WHEN b THEN dt WHEN (d IS NOT NULL) THEN dt END, 'yyyy-MM-dd'), 'yyyy-MM-dd')", "coalesce(try_to_date(s), to_date('2023-12-31')) AS c4")
OUTPUT_MODE = "append"
