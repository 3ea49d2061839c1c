from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif((id / nullif(i, 0)), 3.75D) AS c1", "make_date(2024, month(dt), 28) AS c2", "instr(s, 'o')", "string(m) AS c4")
OUTPUT_MODE = "append"
