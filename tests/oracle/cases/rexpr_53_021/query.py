from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT locate(' ', translate(s, 'lo', '01')) AS k1, s, (max(i) - min(i)) AS a1, count_if((d <> n)) AS a2, min(add_months(dt, i)) AS a3, count(b) AS a4 FROM src GROUP BY locate(' ', translate(s, 'lo', '01')), s HAVING count(*) >= 1")
OUTPUT_MODE = "update"
