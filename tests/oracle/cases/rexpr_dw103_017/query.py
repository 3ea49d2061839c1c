from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, instr(string(id), '') AS k2, round(avg(CASE WHEN (dt <> DATE'2023-12-31') THEN 0.001D WHEN b THEN sqrt(2.0D) ELSE 3.75D END), 3) AS a1, sum(((id DIV nullif(i, 0)) / nullif(weekofyear(add_months(dt, i)), 0))) AS a2 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "complete"
