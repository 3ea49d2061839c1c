from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("((i + i) - nullif(m, 0.001)) AS c1", "CASE WHEN (dt IS NOT NULL) THEN m ELSE 1.25 END AS c2", "add_months(dateadd(trunc((dt + INTERVAL 1 MONTH), 'yy'), -1), year(ts)) AS c3", "from_unixtime(pmod(i, 7), 'HH:mm') AS c4")
OUTPUT_MODE = "append"
