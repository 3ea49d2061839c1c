from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id - CASE WHEN CASE WHEN b THEN (i <= 3) ELSE false END THEN ((id - i) % nullif(i, 0)) ELSE id END) AS c1", "least(s, s)", "day(make_date(year(dt), 12, 1)) AS c3").filter("((nullif(s, 'x-y') RLIKE '[aeiou]{2}') OR (d IS NOT NULL))")
OUTPUT_MODE = "append"
