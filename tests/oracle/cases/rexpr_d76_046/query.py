from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "sha2(translate(t, 'aeiou', 'AEI'), 0) AS c1", "make_date(year(dt), 2, 30) AS c2", "last_day(dt) AS c3", "translate(date_format(dt, 'EEEE'), 'aeiou', 'AEI') AS c4", "CAST(1000L AS DOUBLE) AS c5", "(greatest(s, s, t) = s)").filter("((c5 <=> id) OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
