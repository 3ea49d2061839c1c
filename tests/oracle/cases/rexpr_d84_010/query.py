from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, i INT, m DECIMAL(10,2), ts TIMESTAMP, n DECIMAL(5,3), s STRING, dt DATE, d DOUBLE, b BOOLEAN").json(INPUT)
result = df.where("(m > 99.99)").selectExpr("id", "date_add(to_date('2024-02-29'), 0)", "nullif(id, 1000L) AS c2", "(round(m, 3) - floor(n)) AS c3", "(instr(s, 'o') * (2 + 0.5)) AS c4")
OUTPUT_MODE = "append"
