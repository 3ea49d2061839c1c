from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, s STRING, n DECIMAL(5,3), m DECIMAL(7,0), f FLOAT, j INT, d DOUBLE, ts TIMESTAMP, i INT, b BOOLEAN").load(INPUT)
result = df.selectExpr("id", "date_trunc('QUARTER', ts) AS c1", "try_element_at(split(s, ' '), 1) AS c2", "try_to_date(s)", "coalesce(try_to_timestamp(s), TIMESTAMP'2024-02-29 00:00:00') AS c4").filter("((b AND (j <> 0)) OR (s <> 'x-y'))")
OUTPUT_MODE = "append"
