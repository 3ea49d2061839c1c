from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, b BOOLEAN, m DECIMAL(38,10), j INT, i INT, dt DATE, k BIGINT, s STRING, ts TIMESTAMP, n DECIMAL(9,5)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (quarter(dt) != m) AS k1, b, round(avg(CASE WHEN (dt IS NOT NULL) THEN i ELSE i END), 3) AS a1, count_if(((id > 3L) AND (dt <= DATE'2023-12-31'))) AS a2 FROM src GROUP BY k1, b HAVING count(*) >= 1")
OUTPUT_MODE = "update"
