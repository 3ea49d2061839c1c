from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), j INT, b BOOLEAN, s STRING, m DECIMAL(10,2), t STRING, k BIGINT, f FLOAT, i INT, dt DATE, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "(CAST(j AS BOOLEAN) = ((i - i) >= d)) AS c1", "try_add(aggregate(split(regexp_replace(s, '(a|b)', '<>'), ' '), 0, (acc, x) -> acc + length(x)), i) AS c2", "nullif(CASE WHEN (f IS NOT NULL) THEN TRY_CAST(d AS INT) WHEN b THEN year(to_date('2024-02-29')) END, 5) AS c3", "CASE t WHEN '' THEN abs(f) WHEN ' ' THEN 0.001D ELSE (d + m) END AS c4", "date_add(dt, d) AS c5", "year(add_months(date_add((dt + INTERVAL 2 YEARS), i), i)) AS c6").where("(id IS NOT NULL)")
OUTPUT_MODE = "append"
