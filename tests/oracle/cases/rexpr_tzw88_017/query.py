spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", col("s").like("H%").alias("c1"), expr("if((k < 1000L), i, j) AS c2"), expr("date_add(add_months(trunc(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy'), 'Q'), i), 0)").alias("c3"), col("d").isNotNull().cast("int"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
