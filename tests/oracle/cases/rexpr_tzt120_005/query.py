spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when(col("d").eqNullSafe(lit(-1.5)), col("s").endswith("o")).when((col("s") != lit("o")), (~F.format_number(col("d"), 3).isin(lit("o")))).when(expr("((dt - dt) <= INTERVAL '-2' DAY)"), expr("((ts - ts) = INTERVAL '23:59' HOUR TO MINUTE)"))).withColumn("c2", expr("(id % i)")).withColumn("c3", expr("CAST(date_part('hours', (last_day(add_months(nullif(DATE'2000-01-01', DATE'2000-01-01'), -1)) - (((ts - INTERVAL 1 MONTH) + ((ts - INTERVAL '90' MINUTE) - CAST(dt AS TIMESTAMP))) - INTERVAL '2 12' DAY TO HOUR))) AS INT)")).drop("i", "j", "m", "n", "s", "b", "dt")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY d DESC NULLS LAST, id DESC"]
