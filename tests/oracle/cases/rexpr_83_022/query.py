from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("nullif(d, 2.0D)", "lpad(lpad(s, 3, ' '), 6, 'ab') AS c2", "nvl(d, 3.75D) AS c3", "CASE WHEN (s <= '') THEN id ELSE CAST((NOT b) AS BIGINT) END AS c4")
OUTPUT_MODE = "append"
