from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, f FLOAT, n DECIMAL(4,1), i INT, d DOUBLE, t STRING, s STRING, dt DATE, m DECIMAL(10,2), ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((id % nullif(i, 0)) - (i + id)) AS c1", "format_number(round((n / nullif(i, 0)), 3), 0) AS c2", "CAST(b AS DECIMAL(12,2))", "add_months(nullif(dt, to_date('2000-01-01')), locate('l', s, 2)) AS c4", "CASE WHEN ((id DIV nullif(i, 0)) < CASE WHEN (d > -1.5D) THEN 86400L WHEN b THEN id WHEN (n < 99.99) THEN id ELSE id END) THEN (n - i) WHEN b THEN (n - m) ELSE if(b, (m - m), bround(n, -1)) END AS c5")
OUTPUT_MODE = "append"
