from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "d", "last_day(last_day(date_sub(CASE WHEN b THEN dt ELSE dt END, i))) AS c1", "(id % nullif(i, 0)) AS c2", "CASE WHEN map_contains_key(map(i, 'a', 3, 'b'), 3) THEN dt WHEN arrays_overlap(array(i, i), array(1, 2, i)) THEN dt ELSE sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] END AS c3", "ifnull(m, 99.99) AS c4").where("(t <> 'o')")
OUTPUT_MODE = "append"
