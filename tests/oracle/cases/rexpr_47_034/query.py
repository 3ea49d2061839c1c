from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, d DOUBLE, m DECIMAL(38,10), f FLOAT, i INT, n DECIMAL(20,0), j INT, b BOOLEAN, dt DATE").load(INPUT)
result = df.selectExpr("id", "right(from_unixtime(i, 'yyyy-MM-dd'), 0) AS c1", "(nullif(id, 0L) + id) AS c2", "least((id * -1), ((id + id) - datediff(DATE'2023-12-31', DATE'2024-02-29'))) AS c3", "CASE WHEN (m <= 0.5) THEN '日本' ELSE s END AS c4", "least((- i), (least(i, i) * 2), j) AS c5")
OUTPUT_MODE = "append"
