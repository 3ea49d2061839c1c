from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING").json(INPUT)
result = df.selectExpr("id", "try_divide(2.0D, i) AS c1", "(year(timestamp_seconds(i)) + id) AS c2", "CASE WHEN (nullif(id, 3L) != i) THEN get(split(rpad(s, 8, ' '), ','), 2) WHEN (i BETWEEN 5 AND -1) THEN try_element_at(split(CASE WHEN true THEN s WHEN (m < 1.25) THEN s WHEN (d <= 2.0D) THEN s ELSE s END, ' '), 1) ELSE lower(s) END AS c3").where("(i = 10)")
OUTPUT_MODE = "append"
