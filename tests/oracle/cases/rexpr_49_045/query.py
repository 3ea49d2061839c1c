from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, i INT, m DECIMAL(10,2), d DOUBLE, f FLOAT, n DECIMAL(4,1), s STRING, b BOOLEAN, t STRING, dt DATE, j INT").json(INPUT)
result = df.where("((b OR b) OR (dt IS NOT NULL))").withColumn("c1", F.abs(col("i"))).withColumn("c2", expr("add_months(CASE WHEN (t RLIKE '[0-9]+') THEN add_months(dt, i) WHEN (id = 86400L) THEN make_date(2024, 2, least(dayofmonth(dt), 28)) WHEN false THEN dt END, least(i, 5))")).withColumn("c3", expr("ts")).drop("f", "n", "s", "b", "t", "dt").where(col("s").isNotNull())
OUTPUT_MODE = "append"
