from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "date_trunc('SECOND', ts) AS c1", "ceiling(CASE WHEN abs(round(greatest(d, d), 3)) < 1e9D THEN round(greatest(d, d), 3) END) AS c2").where((F.trunc(col("dt"), "yy").isNotNull() | (col("s") < lit("é"))))
OUTPUT_MODE = "append"
