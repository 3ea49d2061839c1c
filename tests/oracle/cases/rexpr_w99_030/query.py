from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, dt DATE, i INT, d DOUBLE, n DECIMAL(4,1), m DECIMAL(12,4), s STRING, b BOOLEAN").json(INPUT)
result = df.selectExpr("id", "instr(try_element_at(split(CASE WHEN ((dt = to_date('2025-03-01')) != (i <> -1)) THEN s WHEN (dt >= DATE'2025-03-01') THEN s WHEN b THEN s ELSE s END, ','), 1), ' ') AS c1", "nullif(CASE WHEN b THEN coalesce(d, 0.001D) ELSE -1.5D END, -1.5D) AS c2", "(nullif(i, 5) IS NULL) AS c3", "coalesce(coalesce(id, id, 86400L), 1000L) AS c4", "make_date(2023, month(dt), 28) AS c5").filter("((try_element_at(split(s, ' '), 3) < s) OR (n IS NULL))")
OUTPUT_MODE = "append"
