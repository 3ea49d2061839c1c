from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, t STRING, n DECIMAL(9,5), d DOUBLE, dt DATE, m DECIMAL(10,2), ts TIMESTAMP, j INT, s STRING").json(INPUT)
result = df.selectExpr("id", "(n >= id) AS c1", "negative(CASE WHEN (dt > to_date('2000-01-01')) THEN 0.5 WHEN xpath_boolean('<a><b>' || bitwise_not(-1) || '</b></a>', 'a/b = 7') THEN m WHEN (t IS NOT NULL) THEN 100BD END) AS c2", "factorial(size(split(' ', ' '))) AS c3", "unix_date(make_date(2024, 1, 1)) + datepart('DAYOFWEEK', dt) AS c4").filter("(((n <> d) AND (j > 3)) OR (s = 'Hello'))")
OUTPUT_MODE = "append"
