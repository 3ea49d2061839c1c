from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "n", "substr(rtrim(s), 5, 1) AS c1", "locate('l', t)", "repeat(format_string('%d%%', id), -1) AS c3", "((CASE WHEN (t <=> s) THEN 0.001D WHEN (b OR b) THEN try_divide(f, j) WHEN (m < 3.75D) THEN coalesce(d, 0.1D) ELSE (d / nullif(d, 0)) END - exp(f)) <=> (1 - i)) AS c4").where("((t LIKE 'a%') OR (i = -1))")
OUTPUT_MODE = "append"
