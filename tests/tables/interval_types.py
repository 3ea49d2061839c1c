# Interval literals and results keep their own fields (Spark's DayTimeIntervalType(start,
# end) and YearMonthIntervalType): typeof, printSchema, show, and a GROUP BY of a date
# minus an interval matching the same expression in the select list.
# interval_types.txt is what PySpark 4.3 printed for this script (see tests/tables/README.md).
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())

spark.sql("SELECT INTERVAL -10 DAYS AS a, INTERVAL '3' HOUR AS b, INTERVAL '1:30' HOUR TO MINUTE AS c, "
          "INTERVAL '2' MONTH AS d, INTERVAL '1-2' YEAR TO MONTH AS e, INTERVAL 3 YEARS AS f").show(truncate=False)
spark.sql("SELECT typeof(INTERVAL -10 DAYS) AS a, typeof(INTERVAL '3' HOUR) AS b, typeof(INTERVAL '2' MONTH) AS c, "
          "typeof(INTERVAL '1-2' YEAR TO MONTH) AS d, typeof(make_ym_interval(1, 2)) AS e, "
          "typeof(make_dt_interval(1, 2, 3, 4.5)) AS f").show(truncate=False)
spark.sql("SELECT INTERVAL -10 DAYS AS a, INTERVAL '2' MONTH AS b, make_ym_interval(1, 2) AS c").printSchema()
print(spark.sql("SELECT INTERVAL -10 DAYS AS a, INTERVAL 90 MINUTES AS b").collect())
df = spark.createDataFrame([("2024-01-01",), ("2024-03-05",), ("2024-01-01",)], "s STRING").selectExpr("CAST(s AS DATE) AS dt")
df.createOrReplaceTempView("src")
spark.sql("SELECT unix_date(dt - INTERVAL -10 DAYS) AS k, count(*) AS n FROM src "
          "GROUP BY unix_date(dt - INTERVAL -10 DAYS) ORDER BY k").show()
spark.sql("SELECT dt + INTERVAL 1 DAY AS k, count(*) AS n FROM src GROUP BY dt + INTERVAL 1 DAY ORDER BY k").show()
print(df.groupBy(F.expr("dt - INTERVAL 10 DAYS")).count().orderBy("count").columns)
# Multi-unit and unit-string literals, weeks and milliseconds, interval ± interval
# (the wider fields), negation and abs; a year-month interval cannot be collected by
# PySpark 4.3 (YearMonthIntervalType.fromInternal is not implemented).
for q in ["INTERVAL 2 DAYS 3 HOURS", "INTERVAL '2 days 3 hours'", "INTERVAL 1 YEAR 2 MONTHS", "INTERVAL '1 year 2 months'",
          "INTERVAL 1 HOUR 30 MINUTES 5 SECONDS", "INTERVAL '10 minutes'", "INTERVAL 3 WEEKS", "INTERVAL 1.5 SECONDS",
          "INTERVAL 100 MILLISECONDS", "INTERVAL 2 DAYS 3 HOURS * 2", "-INTERVAL 1 DAY 2 HOURS",
          "TIMESTAMP'2024-01-01 00:00:00' + INTERVAL 1 DAY 2 HOURS", "INTERVAL 1 DAY - INTERVAL 1 DAY",
          "INTERVAL 1 DAY + INTERVAL 2 HOURS", "INTERVAL 1 DAY - INTERVAL 2 HOURS", "-INTERVAL 1 DAY",
          "-(INTERVAL '1 02' DAY TO HOUR)", "abs(INTERVAL -1 DAY)", "INTERVAL 1 MONTH + INTERVAL 1 YEAR",
          "INTERVAL 1 MONTH - INTERVAL 1 DAY"]:
    try:
        r = spark.sql("SELECT " + q + " AS r")
        print(q, "->", r.dtypes[0][1], r.collect()[0][0])
    except Exception as e:
        print(q, "->", e.getCondition())
# The words of an interval inside a string stay as they are.
spark.sql("SELECT 'every INTERVAL 3 WEEKS' AS a, 'INTERVAL 2 DAYS 3 HOURS' AS b, INTERVAL 3 WEEKS AS c").show(truncate=False)
