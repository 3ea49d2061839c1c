from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, b BOOLEAN, s STRING, i INT, n DECIMAL(20,0), t STRING, ts TIMESTAMP, m DECIMAL(7,0), d DOUBLE").json(INPUT)
result = df.where("(ifnull(CAST(id AS BOOLEAN), true) OR (s <= 'abc'))").selectExpr("id", "(id - size(array_distinct(split(s, '[aeiou]')))) AS c1", "CASE WHEN b THEN next_day((add_months(dt, i) - INTERVAL -10 DAYS), 'SUN') ELSE dt END AS c2", "try_to_timestamp(t) AS c3")
OUTPUT_MODE = "append"
