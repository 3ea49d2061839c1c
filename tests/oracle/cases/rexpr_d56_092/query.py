from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(NOT coalesce((dt <> date_trunc('WEEK', ts)), false))").createOrReplaceTempView("src")
result = spark.sql("SELECT b, count(ts) AS a1, count_if(((t <> 'é') IS NULL)) AS a2 FROM src GROUP BY b HAVING count(*) >= 1")
OUTPUT_MODE = "update"
